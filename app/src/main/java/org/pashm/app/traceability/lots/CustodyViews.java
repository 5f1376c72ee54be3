package org.pashm.app.traceability.lots;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Lots and shipments as the API shows them. */
@ApplicationScoped
public class CustodyViews {

    @Inject
    EntityManager em;

    @Inject
    CustodyService custody;

    public LotView lot(Lot l) {
        Integer bags = null;
        List<LotView.Input> inputs = null;
        if (l.kind.equals("aggregation")) {
            bags = ((Number) em.createNativeQuery("select count(*) from lot_bag where organisation_id = ?1 "
                    + "and lot_id = ?2").setParameter(1, l.organisationId).setParameter(2, l.id).getSingleResult())
                    .intValue();
        } else {
            inputs = new ArrayList<>();
            for (Object[] r : CustodyService.rows(em.createNativeQuery("select l.code, li.kg from lot_input li "
                            + "join lot l on l.id = li.input_lot_id where li.organisation_id = ?1 and li.lot_id = ?2 "
                            + "order by l.code").setParameter(1, l.organisationId).setParameter(2, l.id)
                    .getResultList())) {
                inputs.add(new LotView.Input((String) r[0], (BigDecimal) r[1]));
            }
        }
        List<LotView.Holding> holdings = new ArrayList<>();
        for (Object[] r : custody.holdings(l.id)) {
            BigDecimal in = (BigDecimal) r[1];
            BigDecimal out = (BigDecimal) r[2];
            holdings.add(new LotView.Holding(UUID.fromString(r[0].toString()), in, out, in.subtract(out)));
        }
        return new LotView(l.id, l.code, l.kind, l.organisationId, l.quantityKg, l.yieldPercent, l.eventTime, bags,
                inputs, holdings, l.recordedAt);
    }

    public ShipmentView shipment(Shipment s) {
        Lot lot = Lot.findById(s.lotId);
        return new ShipmentView(s.id, lot.code, s.organisationId, s.toOrganisationId, s.kg, s.shippedAt,
                custody.received(s.id));
    }
}
