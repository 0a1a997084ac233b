package io.engagementhub.adapter.copernica;

import io.engagementhub.domain.model.EngagementType;
import io.engagementhub.domain.model.ProviderCount;
import io.engagementhub.domain.model.ProviderTotals;
import io.engagementhub.domain.model.ProviderTotalsRead;
import io.engagementhub.domain.port.out.MalformedResponseException;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The provider's own totals of emailings, from {@code <product>/emailing/{id}/statistics}
 * (docs/providers/copernica.md#campaign-figures): one request per emailing on the product the
 * emailing lists named it under, else on each enabled product in turn until one knows it. Each
 * list's {@code total} is compared, since every list is read in full; {@code destinations} is what
 * was sent. Counters may be numbers or numeric strings; a missing key gives no figure.
 */
final class CopernicaStatistics {

    private final String account;
    private final Set<CopernicaProduct> enabled;
    private final CopernicaTransport transport;
    private final CopernicaEmailings emailings;

    CopernicaStatistics(CopernicaSettings settings, CopernicaTransport transport, CopernicaEmailings emailings) {
        this.account = settings.account();
        this.enabled = settings.reading().products();
        this.transport = transport;
        this.emailings = emailings;
    }

    /** The totals of the emailings among {@code campaignIds} a product knows; others are left out. */
    ProviderTotalsRead read(Set<String> campaignIds) {
        AtomicInteger requests = new AtomicInteger();
        List<ProviderTotals> totals = new ArrayList<>();
        for (String id : new TreeSet<>(campaignIds)) {
            if (!CopernicaTargets.isEmailingId(id)) {
                continue;
            }
            for (CopernicaProduct product : products(id)) {
                String path = product.path() + "/emailing/" + id + "/statistics";
                try {
                    totals.add(totals(id, path, transport.object(path, List.of(), requests)));
                    break;
                } catch (CopernicaNotFound e) {
                    // not this product's emailing: the next product may know it
                }
            }
        }
        return new ProviderTotalsRead(totals, requests.get());
    }

    /** The enabled products to ask, the one the emailing lists named first. */
    private Set<CopernicaProduct> products(String id) {
        Set<CopernicaProduct> order = new LinkedHashSet<>();
        emailings.productOf(id).filter(enabled::contains).ifPresent(order::add);
        for (CopernicaProduct product : CopernicaProduct.values()) {
            if (enabled.contains(product)) {
                order.add(product);
            }
        }
        return order;
    }

    private ProviderTotals totals(String id, String path, JsonNode page) {
        Map<EngagementType, ProviderCount> counts = new EnumMap<>(EngagementType.class);
        for (CopernicaEventType type : CopernicaEventType.values()) {
            JsonNode figure = page.get(type.path());
            if (figure == null || figure.isNull()) {
                continue;
            }
            if (!figure.isObject()) {
                throw malformed(path, "'" + type.path() + "' is not an object");
            }
            Long total = count(path, type.path() + ".total", figure.get("total"));
            if (total != null) {
                counts.put(type.engagementType(), ProviderCount.total(total));
            }
        }
        return new ProviderTotals(id, null, count(path, "destinations", page.get("destinations")), counts);
    }

    /** docs/providers/copernica.md#ids-and-number-types: a number or a numeric string, or absent. */
    private Long count(String path, String key, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            double value = node.getNumberValue().doubleValue();
            if (value >= 0 && value == Math.rint(value) && value < 1e18) {
                return node.getNumberValue().longValue();
            }
        } else if (node.isString() && node.getStringValue().trim().matches("[0-9]{1,18}")) {
            return Long.valueOf(node.getStringValue().trim());
        }
        throw malformed(path, "'" + key + "' is not a count");
    }

    private MalformedResponseException malformed(String path, String problem) {
        return new MalformedResponseException(
                "Copernica account '" + account + "': " + path + " answered statistics whose " + problem, null);
    }
}
