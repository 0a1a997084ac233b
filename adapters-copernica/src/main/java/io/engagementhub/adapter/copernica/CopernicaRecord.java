package io.engagementhub.adapter.copernica;

/** A Copernica statistics record of one type: the shared {@link CopernicaFields} and its own. */
interface CopernicaRecord {

    CopernicaFields fields();
}
