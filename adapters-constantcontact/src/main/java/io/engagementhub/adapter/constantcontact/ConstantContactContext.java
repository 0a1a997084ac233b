package io.engagementhub.adapter.constantcontact;

import io.engagementhub.domain.port.out.SourceObserver;
import java.time.Clock;

/** What every part of one account's source shares. */
record ConstantContactContext(
        ConstantContactSettings settings,
        Clock clock,
        SourceObserver observer,
        ConstantContactJson json,
        ConstantContactBudgets budgets) {

    static final String PROVIDER = "constantcontact";

    String account() {
        return settings.account();
    }

    String clientId() {
        return settings.application().clientId();
    }
}
