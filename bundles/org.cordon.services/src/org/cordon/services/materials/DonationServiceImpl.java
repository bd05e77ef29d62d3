package org.cordon.services.materials;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cordon.model.materials.DonorKind;
import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DonationService.class)
public class DonationServiceImpl implements DonationService {

	private final Transactions transactions;

	@Activate
	public DonationServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public DonationFigures figures() {
		return transactions.read(em -> {
			Map<DonorKind, Long> donors = new LinkedHashMap<>();
			for (Object[] row : em.createQuery("select d.kind, count(d) from Donor d group by d.kind", Object[].class).getResultList()) {
				donors.put((DonorKind) row[0], ((Number) row[1]).longValue());
			}
			BigDecimal cash = em.createQuery("select coalesce(sum(d.cashYuan), 0) from Donation d", BigDecimal.class).getSingleResult();
			Map<String, Long> goods = new LinkedHashMap<>();
			for (Object[] row : em.createQuery("select d.item, d.unit, sum(d.quantity) from Donation d where d.item is not null"
					+ " group by d.item, d.unit order by d.item, d.unit", Object[].class).getResultList()) {
				goods.put(row[0] + " (" + row[1] + ")", ((Number) row[2]).longValue());
			}
			return new DonationFigures(donors.getOrDefault(DonorKind.COMPANY, 0L), donors.getOrDefault(DonorKind.INDIVIDUAL, 0L),
					donors.getOrDefault(DonorKind.ORGANISATION, 0L), cash.setScale(2), goods);
		});
	}

	@Override
	public List<DonorKindDonations> byDonorKind() {
		return transactions.readInTransaction(em -> {
			Map<DonorKind, Long> donors = new EnumMap<>(DonorKind.class);
			for (Object[] row : em.createQuery("select d.kind, count(d) from Donor d group by d.kind", Object[].class).getResultList()) {
				donors.put((DonorKind) row[0], ((Number) row[1]).longValue());
			}
			Map<DonorKind, Long> gifts = new EnumMap<>(DonorKind.class);
			Map<DonorKind, BigDecimal> cash = new EnumMap<>(DonorKind.class);
			for (Object[] row : em.createQuery("select d.donor.kind, count(d), coalesce(sum(d.cashYuan), 0) from Donation d group by d.donor.kind",
					Object[].class).getResultList()) {
				gifts.put((DonorKind) row[0], ((Number) row[1]).longValue());
				cash.put((DonorKind) row[0], (BigDecimal) row[2]);
			}
			Map<DonorKind, Map<String, Long>> goods = new EnumMap<>(DonorKind.class);
			for (Object[] row : em.createQuery("select d.donor.kind, d.item, d.unit, sum(d.quantity) from Donation d where d.item is not null"
					+ " group by d.donor.kind, d.item, d.unit order by d.item, d.unit", Object[].class).getResultList()) {
				goods.computeIfAbsent((DonorKind) row[0], k -> new LinkedHashMap<>()).put(row[1] + " (" + row[2] + ")",
						((Number) row[3]).longValue());
			}
			List<DonorKindDonations> kinds = new ArrayList<>();
			for (DonorKind kind : DonorKind.values()) {
				if (donors.containsKey(kind) || gifts.containsKey(kind)) {
					kinds.add(new DonorKindDonations(kind, donors.getOrDefault(kind, 0L), gifts.getOrDefault(kind, 0L),
							cash.getOrDefault(kind, BigDecimal.ZERO).setScale(2), goods.getOrDefault(kind, Map.of())));
				}
			}
			return kinds;
		});
	}
}
