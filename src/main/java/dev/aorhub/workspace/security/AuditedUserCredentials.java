package dev.aorhub.workspace.security;

import java.util.List;

import dev.aorhub.workspace.CurrentUser;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Security's passkey store with the audit entry of a passkey added: its
 * registration endpoint saves the new credential here (a sign-in saves known ones again,
 * with a new signature count, which is no change to audit).
 */
class AuditedUserCredentials implements UserCredentialRepository {

	private final UserCredentialRepository credentials;

	private final SecondFactors secondFactors;

	private final TransactionTemplate transactions;

	AuditedUserCredentials(UserCredentialRepository credentials, SecondFactors secondFactors,
			TransactionTemplate transactions) {
		this.credentials = credentials;
		this.secondFactors = secondFactors;
		this.transactions = transactions;
	}

	/** The passkey and its audit entry are kept together, or neither. */
	@Override
	public void save(CredentialRecord record) {
		this.transactions.executeWithoutResult((status) -> {
			boolean added = this.credentials.findByCredentialId(record.getCredentialId()) == null;
			this.credentials.save(record);
			if (added) {
				CurrentUser.current().ifPresent((user) -> this.secondFactors.passkeyAdded(user, record.getLabel()));
			}
		});
	}

	@Override
	public void delete(Bytes credentialId) {
		this.credentials.delete(credentialId);
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.credentials.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.credentials.findByUserId(userId);
	}

}
