package org.cordon.ui.properties;

import org.cordon.io.transfer.ColumnSpec;
import org.cordon.io.transfer.RecordFormat;
import org.cordon.io.transfer.RecordKind;
import org.cordon.io.transfer.RecordKinds;
import org.cordon.ui.labels.RecordLabels;

import java.util.ArrayList;
import java.util.List;

import org.cordon.model.CordonEntity;
import org.cordon.model.organisation.Community;
import org.cordon.model.organisation.CountyUnit;
import org.cordon.model.organisation.LeadingGroup;
import org.cordon.model.organisation.Pairing;
import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.Position;
import org.cordon.model.organisation.Township;
import org.cordon.model.organisation.WorkingGroup;
import org.cordon.ui.internal.Messages;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

/** Adapts every record of the county model to the Properties view. */
public class RecordAdapterFactory implements IAdapterFactory {

	private static final String GENERAL = Messages.Properties_general;
	private static final String RECORD = Messages.Properties_record;
	private static final String ORGANISATION = Messages.Properties_organisation;

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IPropertySource.class && adaptable instanceof CordonEntity record) {
			return adapterType.cast(sourceFor(record));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}

	private static IPropertySource sourceFor(CordonEntity record) {
		if (record instanceof LeadingGroup r) {
			return source(r, p(GENERAL, Messages.Properties_name, LeadingGroup::getName), p(GENERAL, Messages.Properties_remit, LeadingGroup::getRemit));
		}
		if (record instanceof WorkingGroup r) {
			return source(r, p(GENERAL, Messages.Properties_name, WorkingGroup::getName), p(GENERAL, Messages.Properties_kind, WorkingGroup::getKind),
					p(GENERAL, Messages.Properties_remit, WorkingGroup::getRemit), p(ORGANISATION, Messages.Properties_leadingGroup, WorkingGroup::getLeadingGroup),
					p(ORGANISATION, Messages.Properties_hostUnit, WorkingGroup::getHostUnit));
		}
		if (record instanceof Position r) {
			return source(r, p(GENERAL, Messages.Properties_title, Position::getTitle), p(GENERAL, Messages.Properties_role, Position::getRole),
					p(ORGANISATION, Messages.Properties_group, x -> x.getWorkingGroup() == null ? x.getLeadingGroup() : x.getWorkingGroup()),
					p(ORGANISATION, Messages.Properties_heldBy, x -> x.getHolder() == null ? Messages.Navigator_vacant : x.getHolder()));
		}
		if (record instanceof Person r) {
			return source(r, p(GENERAL, Messages.Properties_personName, Person::getName), p(GENERAL, Messages.Properties_jobTitle, Person::getJobTitle),
					p(GENERAL, Messages.Properties_phone, Person::getPhone), p(ORGANISATION, Messages.Properties_unit, Person::getUnit));
		}
		if (record instanceof CountyUnit r) {
			return source(r, p(GENERAL, Messages.Properties_name, CountyUnit::getName), p(GENERAL, Messages.Properties_shortName, CountyUnit::getShortName));
		}
		if (record instanceof Township r) {
			return source(r, p(GENERAL, Messages.Properties_name, Township::getName), p(GENERAL, Messages.Properties_kind, Township::getKind));
		}
		if (record instanceof Community r) {
			return source(r, p(GENERAL, Messages.Properties_name, Community::getName), p(GENERAL, Messages.Properties_households, Community::getHouseholds),
					p(ORGANISATION, Messages.Properties_township, Community::getTownship));
		}
		if (record instanceof Pairing r) {
			return source(r, p(ORGANISATION, Messages.Properties_unit, Pairing::getUnit), p(ORGANISATION, Messages.Properties_community, Pairing::getCommunity),
					p(GENERAL, Messages.Properties_pairedSince, Pairing::getSince));
		}
		return sourceFromColumns(record);
	}

	/** Any other record shows the columns of its kind's table, labelled as the table labels them. */
	@SuppressWarnings("unchecked")
	private static IPropertySource sourceFromColumns(CordonEntity record) {
		for (RecordKind kind : RecordKinds.all()) {
			RecordFormat<?> table = RecordKinds.table(kind.name()).orElse(null);
			if (table == null || table.type() != record.getClass()) {
				continue;
			}
			List<RecordProperty<CordonEntity>> properties = new ArrayList<>();
			for (ColumnSpec<CordonEntity> column : ((RecordFormat<CordonEntity>) table).columns()) {
				if (!column.name().equals("code")) {
					properties.add(p(GENERAL, RecordLabels.current().columnLabel(kind.name(), column.name()), column::value));
				}
			}
			properties.add(p(RECORD, Messages.Properties_code, CordonEntity::getCode));
			properties.add(p(RECORD, Messages.Properties_version, CordonEntity::getVersion));
			return new RecordPropertySource<>(record, properties);
		}
		return source(record);
	}

	@SafeVarargs
	private static <T extends CordonEntity> IPropertySource source(T record, RecordProperty<T>... own) {
		List<RecordProperty<T>> properties = new ArrayList<>(List.of(own));
		properties.add(p(RECORD, Messages.Properties_code, CordonEntity::getCode));
		properties.add(p(RECORD, Messages.Properties_version, CordonEntity::getVersion));
		return new RecordPropertySource<>(record, properties);
	}

	private static <T> RecordProperty<T> p(String category, String label, java.util.function.Function<T, Object> reader) {
		return new RecordProperty<>(category, label, reader);
	}
}
