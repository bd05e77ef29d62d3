package org.cordon.services.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cordon.io.transfer.RecordStore;
import org.cordon.model.CordonEntity;
import org.cordon.persistence.CordonDatabase;
import org.cordon.services.internal.JpaRecordStore;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = RecordService.class)
public class RecordServiceImpl implements RecordService {

	private final Transactions transactions;

	@Activate
	public RecordServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public <T extends CordonEntity> List<T> all(Class<T> type) {
		return transactions.read(em -> {
			List<T> records = new ArrayList<>(new JpaRecordStore(em).all(type));
			records.sort(java.util.Comparator.comparing(CordonEntity::getCode));
			return records;
		});
	}

	@Override
	public <T extends CordonEntity> List<T> saveAll(List<T> records) {
		return transactions.saveAll(records);
	}

	@Override
	public RecordStore lookups() {
		return new RecordStore() {
			private final Map<Class<?>, Map<String, CordonEntity>> cache = new LinkedHashMap<>();

			@Override
			@SuppressWarnings("unchecked")
			public <R extends CordonEntity> Map<String, R> byCode(Class<R> type) {
				return (Map<String, R>) cache.computeIfAbsent(type, t -> {
					Map<String, CordonEntity> byCode = new LinkedHashMap<>();
					RecordServiceImpl.this.all(type).forEach(r -> byCode.put(r.getCode(), r));
					return byCode;
				});
			}

			@Override
			public <R extends CordonEntity> long count(Class<R> type) {
				return byCode(type).size();
			}

			@Override
			public <R extends CordonEntity> List<R> all(Class<R> type) {
				return new ArrayList<>(byCode(type).values());
			}

			@Override
			public void persist(CordonEntity record) {
				throw new IllegalStateException("look-ups cannot store " + record);
			}

			@Override
			public void remove(CordonEntity record) {
				throw new IllegalStateException("look-ups cannot remove " + record);
			}
		};
	}
}
