package io.engagementhub.app.api;

import io.engagementhub.domain.model.RecipientSelector;
import io.engagementhub.domain.port.in.EraseRecipientCommand;
import io.engagementhub.domain.port.in.EraseRecipientUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Erasure of an account's recipients, beside {@link AccountsController}'s accounts and syncs. */
@Controller("/api/v1/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "accounts")
final class RecipientsController {

    private final EraseRecipientUseCase erasure;

    RecipientsController(EraseRecipientUseCase erasure) {
        this.erasure = erasure;
    }

    /** Deletes every stored event of one recipient, given by {@code email} or {@code recipient} id. */
    @Delete("/{account}/recipients")
    @Operation(summary = "Erase a recipient")
    ErasureView erase(String account, @Nullable @QueryValue String email, @Nullable @QueryValue String recipient) {
        boolean byEmail = email != null && !email.isBlank();
        boolean byId = recipient != null && !recipient.isBlank();
        if (byEmail == byId) {
            throw new BadRequestException("email", "give exactly one of 'email' and 'recipient'");
        }
        RecipientSelector who =
                byEmail ? RecipientSelector.byEmail(email) : RecipientSelector.byRecipientId(recipient.trim());
        return new ErasureView(account, erasure.erase(new EraseRecipientCommand(account, who)));
    }
}
