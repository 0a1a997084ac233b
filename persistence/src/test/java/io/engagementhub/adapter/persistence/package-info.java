/** Tests of the jOOQ stores on H2 ({@code *Test}) and on a real PostgreSQL ({@code *IT}). */
package io.engagementhub.adapter.persistence;
