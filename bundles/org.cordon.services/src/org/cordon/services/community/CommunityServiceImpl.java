package org.cordon.services.community;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cordon.model.screening.KeyPersonCategory;
import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CommunityService.class)
public class CommunityServiceImpl implements CommunityService {

	private final Transactions transactions;

	@Activate
	public CommunityServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public List<CommunityFigures> communities() {
		return transactions.readInTransaction(em -> {
			Map<Long, String> units = new HashMap<>();
			for (Object[] row : em.createQuery("select p.community.id, p.unit.name from Pairing p", Object[].class).getResultList()) {
				units.put((Long) row[0], (String) row[1]);
			}
			Map<Long, Long> leaders = new HashMap<>();
			for (Object[] row : em.createQuery("select b.community.id, count(b) from BuildingLeader b group by b.community.id", Object[].class)
					.getResultList()) {
				leaders.put((Long) row[0], ((Number) row[1]).longValue());
			}
			Map<Long, Map<KeyPersonCategory, Long>> keyPersons = new HashMap<>();
			for (Object[] row : em.createQuery("select k.community.id, k.category, count(k) from KeyPerson k where k.community is not null"
					+ " group by k.community.id, k.category", Object[].class).getResultList()) {
				keyPersons.computeIfAbsent((Long) row[0], id -> new EnumMap<>(KeyPersonCategory.class)).put((KeyPersonCategory) row[1],
						((Number) row[2]).longValue());
			}
			List<CommunityFigures> communities = new ArrayList<>();
			// as values: entities would each have their township read with them
			for (Object[] row : em.createQuery("select c.id, t.code, t.name, c.code, c.name, c.households from Community c join c.township t"
					+ " order by t.sortOrder, t.code, c.code", Object[].class).getResultList()) {
				Long id = (Long) row[0];
				communities.add(new CommunityFigures((String) row[1], (String) row[2], (String) row[3], (String) row[4], (Integer) row[5],
						units.get(id), leaders.getOrDefault(id, 0L), keyPersons.getOrDefault(id, Map.of())));
			}
			return communities;
		});
	}
}
