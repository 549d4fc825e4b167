package vn.tdkt.awards.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.tdkt.awards.org.OrgAdmin;
import vn.tdkt.awards.org.OrgRepository;
import vn.tdkt.awards.org.OrgRole;
import vn.tdkt.awards.org.OrgUnit;

/**
 * Camunda groups follow the org tree: one group per org and role ({@code GIAO_THUY.appraiser}, named "Chuyên viên
 * thẩm định thi đua - khen thưởng – Ủy ban nhân dân huyện Giao Thủy"). Review tasks name these groups as candidates,
 * so a reviewer sees the tasks of its own org only. Every signed-in user may open Tasklist and read the deployed
 * process definitions (their forms and diagrams); Cockpit and Admin stay with camunda-admin.
 */
@Component
public class OrgGroups {

	private static final Logger LOG = LoggerFactory.getLogger(OrgGroups.class);

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	private final OrgRepository orgs;

	public OrgGroups(IdentityService identity, AuthorizationService authorizations, OrgRepository orgs) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.orgs = orgs;
	}

	public void sync() {
		Set<String> existing = identity.createGroupQuery()
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toCollection(HashSet::new));
		int created = 0;
		for (OrgUnit org : orgs.findAll()) {
			created += groupsOf(org, existing);
		}
		grantGlobal(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grantGlobal(Resources.FILTER, "*", Permissions.READ);
		grantGlobal(Resources.PROCESS_DEFINITION, "*", Permissions.READ);
		LOG.info("Org groups ready ({} created)", created);
	}

	/** An org created by an administrator gets its groups in the same transaction. */
	@EventListener
	void created(OrgAdmin.OrgCreated event) {
		Set<String> existing = identity.createGroupQuery()
			.groupIdIn(java.util.Arrays.stream(OrgRole.values()).map(r -> r.groupId(event.code())).toArray(String[]::new))
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toCollection(HashSet::new));
		groupsOf(orgs.find(event.code()).orElseThrow(), existing);
	}

	private int groupsOf(OrgUnit org, Set<String> existing) {
		int created = 0;
		for (OrgRole role : OrgRole.values()) {
			String id = role.groupId(org.code());
			if (existing.add(id)) {
				Group group = identity.newGroup(id);
				group.setName(role.label() + " – " + org.name());
				group.setType(Groups.GROUP_TYPE_WORKFLOW);
				identity.saveGroup(group);
				created++;
			}
		}
		return created;
	}

	private void grantGlobal(Resource resource, String resourceId, Permission... permissions) {
		List<Authorization> found = authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(resource)
			.resourceId(resourceId)
			.list();
		if (!found.isEmpty()) {
			return;
		}
		Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
		grant.setUserId(Authorization.ANY);
		grant.setResource(resource);
		grant.setResourceId(resourceId);
		for (Permission permission : permissions) {
			grant.addPermission(permission);
		}
		authorizations.saveAuthorization(grant);
	}

}
