package org.cordon.ui.properties;

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
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

/** Adapts every record of the county model to the Properties view. */
public class RecordAdapterFactory implements IAdapterFactory {

	private static final String GENERAL = "General";
	private static final String RECORD = "Record";
	private static final String ORGANISATION = "Organisation";

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
			return source(r, p(GENERAL, "Name", LeadingGroup::getName), p(GENERAL, "Remit", LeadingGroup::getRemit));
		}
		if (record instanceof WorkingGroup r) {
			return source(r, p(GENERAL, "Name", WorkingGroup::getName), p(GENERAL, "Kind", WorkingGroup::getKind),
					p(GENERAL, "Remit", WorkingGroup::getRemit), p(ORGANISATION, "Leading group", WorkingGroup::getLeadingGroup),
					p(ORGANISATION, "Host unit", WorkingGroup::getHostUnit));
		}
		if (record instanceof Position r) {
			return source(r, p(GENERAL, "Title", Position::getTitle), p(GENERAL, "Role", Position::getRole),
					p(ORGANISATION, "Group", x -> x.getWorkingGroup() == null ? x.getLeadingGroup() : x.getWorkingGroup()),
					p(ORGANISATION, "Held by", x -> x.getHolder() == null ? "(vacant)" : x.getHolder()));
		}
		if (record instanceof Person r) {
			return source(r, p(GENERAL, "Name", Person::getName), p(GENERAL, "Job title", Person::getJobTitle),
					p(GENERAL, "Phone", Person::getPhone), p(ORGANISATION, "Unit", Person::getUnit));
		}
		if (record instanceof CountyUnit r) {
			return source(r, p(GENERAL, "Name", CountyUnit::getName), p(GENERAL, "Short name", CountyUnit::getShortName));
		}
		if (record instanceof Township r) {
			return source(r, p(GENERAL, "Name", Township::getName), p(GENERAL, "Kind", Township::getKind));
		}
		if (record instanceof Community r) {
			return source(r, p(GENERAL, "Name", Community::getName), p(GENERAL, "Households", Community::getHouseholds),
					p(ORGANISATION, "Township", Community::getTownship));
		}
		if (record instanceof Pairing r) {
			return source(r, p(ORGANISATION, "Unit", Pairing::getUnit), p(ORGANISATION, "Community", Pairing::getCommunity),
					p(GENERAL, "Since", Pairing::getSince));
		}
		return source(record);
	}

	@SafeVarargs
	private static <T extends CordonEntity> IPropertySource source(T record, RecordProperty<T>... own) {
		List<RecordProperty<T>> properties = new ArrayList<>(List.of(own));
		properties.add(p(RECORD, "Code", CordonEntity::getCode));
		properties.add(p(RECORD, "Version", CordonEntity::getVersion));
		return new RecordPropertySource<>(record, properties);
	}

	private static <T> RecordProperty<T> p(String category, String label, java.util.function.Function<T, Object> reader) {
		return new RecordProperty<>(category, label, reader);
	}
}
