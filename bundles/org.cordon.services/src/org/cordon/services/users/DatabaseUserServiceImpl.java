package org.cordon.services.users;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.cordon.model.organisation.Person;
import org.cordon.model.organisation.WorkingGroupKind;
import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseGrants;
import org.cordon.services.internal.AccessRules;
import org.cordon.services.internal.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

@Component(service = DatabaseUserService.class)
public class DatabaseUserServiceImpl implements DatabaseUserService {

	private final Transactions transactions;

	@Activate
	public DatabaseUserServiceImpl(@Reference CordonDatabase database) {
		this.transactions = new Transactions(database);
	}

	@Override
	public void addUser(String personCode, String password) {
		transactions.writeVoid(em -> {
			requireServer(em);
			AccessRules.of(em).requireAdministrator("add users to the database");
			List<Person> people = em.createQuery("select p from Person p where upper(p.code) = :code", Person.class)
					.setParameter("code", personCode.strip().toUpperCase(Locale.ROOT)).getResultList();
			if (people.isEmpty()) {
				throw new IllegalArgumentException("there is no person with the code " + personCode.strip()
						+ " in the organisation; a database user is a person of the organisation, so add the person first");
			}
			DatabaseGrants.createUser(em, people.get(0).getCode(), password);
		});
	}

	@Override
	public GrantsSummary syncGrants() {
		return transactions.write(em -> {
			requireServer(em);
			AccessRules.of(em).requireAdministrator("change the database's grants");
			DatabaseGrants.sync(em);
			return summary(em);
		});
	}

	private static GrantsSummary summary(EntityManager em) {
		Set<String> members = new TreeSet<>();
		Set<String> administrators = new TreeSet<>();
		Set<String> cannotLogIn = new TreeSet<>();
		for (Object[] held : em.createQuery("select p.holder.code, p.workingGroup.kind from Position p where p.holder is not null and p.workingGroup is not null",
				Object[].class).getResultList()) {
			String code = (String) held[0];
			if (!DatabaseGrants.canLogIn(code)) {
				cannotLogIn.add(code);
				continue;
			}
			members.add(code);
			if (held[1] == WorkingGroupKind.OFFICE) {
				administrators.add(code);
			}
		}
		return new GrantsSummary(members.size(), administrators.size(), List.copyOf(cannotLogIn));
	}

	private static void requireServer(EntityManager em) {
		if (!DatabaseGrants.isServer(em)) {
			throw new IllegalStateException("a single desk's database has no users: everyone at the desk works as its local user");
		}
	}
}
