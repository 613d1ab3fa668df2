package dev.aorhub.workspace.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * What a password must be: 10 characters at least, at most 72 bytes (bcrypt reads no
 * further, so a longer one would be silently cut), not the e-mail address, and hard to
 * guess. "Hard to guess" is nbvcxz's estimate (a zxcvbn port) of how many guesses an
 * attacker needs, against its bundled lists of about 100,000 common and breached
 * passwords, English words, names and surnames, keyboard patterns, sequences, dates and
 * leet substitutions, plus the user's own e-mail and name: at least
 * {@value #MIN_ENTROPY_BITS} bits (about 34 billion guesses, years for an offline
 * attacker against bcrypt). {@code Password123!} scores 8, a random 12 characters about
 * 52, four uncommon words about 56.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_BYTES = 72;

	/** nbvcxz's own default minimum, see the class comment. */
	public static final double MIN_ENTROPY_BITS = 35.0;

	public static final String LENGTH_RULE = "must be at least " + MIN_LENGTH + " characters";

	static final String BREACHED = "is too easy to guess: it is a common password found in breach lists";

	static final String PERSONAL = "is too easy to guess: it is made from your e-mail address or name";

	static final String PATTERN = "is too easy to guess: keyboard patterns, sequences, repeats and years are"
			+ " tried early; add another word or two";

	static final String TOO_SIMPLE = "is too easy to guess: add another word or two, or make it longer";

	private static final String USER_DICTIONARY = "user";

	private static final String PASSWORD_DICTIONARY = "passwords";

	private PasswordPolicy() {
	}

	/** The reason the password is refused, or empty when it is acceptable. */
	public static Optional<String> violation(String password, String email) {
		return violation(password, email, null);
	}

	/**
	 * The reason the password is refused, or empty when it is acceptable; the e-mail and
	 * the user's name (either may be null) count as words an attacker tries first.
	 */
	public static Optional<String> violation(String password, String email, String name) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of(LENGTH_RULE);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("must be at most " + MAX_BYTES + " bytes");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (email != null && !email.isBlank()) {
			String address = email.strip().toLowerCase(Locale.ROOT);
			String localPart = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
			if (lower.equals(localPart) || lower.contains(address)) {
				return Optional.of("must not be your e-mail address");
			}
		}
		Set<String> userWords = userWords(email, name);
		Result estimate = estimator(userWords).estimate(password);
		if (estimate.getEntropy() >= MIN_ENTROPY_BITS) {
			return Optional.empty();
		}
		return Optional.of(reason(estimate, password.length()));
	}

	/** Why the estimate is low, from the match that covers the most of the password. */
	private static String reason(Result estimate, int length) {
		int personal = 0;
		int breached = 0;
		int patterns = 0;
		for (Match match : estimate.getMatches()) {
			if (match instanceof DictionaryMatch word && USER_DICTIONARY.equals(word.getDictionaryName())) {
				personal += match.getLength();
			}
			else if (match instanceof DictionaryMatch word
					&& (PASSWORD_DICTIONARY.equals(word.getDictionaryName()) || word.isLeet())) {
				breached += match.getLength();
			}
			else if (!(match instanceof DictionaryMatch)
					&& !match.getClass().getSimpleName().equals("BruteForceMatch")) {
				patterns += match.getLength();
			}
		}
		if (personal > 0 && personal * 3 >= length) {
			return PERSONAL;
		}
		if (breached * 2 >= length) {
			return BREACHED;
		}
		if (patterns * 2 >= length) {
			return PATTERN;
		}
		return TOO_SIMPLE;
	}

	/**
	 * The address, its name part and the pieces of both, and the name with and without
	 * spaces: what a password "made from" the user's identity is made of.
	 */
	static Set<String> userWords(String email, String name) {
		Set<String> words = new LinkedHashSet<>();
		if (email != null && !email.isBlank()) {
			String address = email.strip().toLowerCase(Locale.ROOT);
			int at = address.indexOf('@');
			String localPart = (at >= 0) ? address.substring(0, at) : address;
			words.add(address);
			words.add(localPart);
			words.add(localPart.replaceAll("[._+-]", ""));
			for (String piece : address.split("[@._+-]")) {
				words.add(piece);
			}
		}
		if (name != null && !name.isBlank()) {
			String lowerName = name.strip().toLowerCase(Locale.ROOT);
			words.add(lowerName);
			words.add(lowerName.replaceAll("\\s+", ""));
			for (String piece : lowerName.split("\\s+")) {
				words.add(piece);
			}
		}
		words.removeIf((word) -> word.length() < 3);
		return words;
	}

	private static Nbvcxz estimator(Set<String> userWords) {
		List<Dictionary> dictionaries = new ArrayList<>(Dictionaries.BUNDLED);
		if (!userWords.isEmpty()) {
			DictionaryBuilder user = new DictionaryBuilder().setDictionaryName(USER_DICTIONARY).setExclusion(true);
			userWords.forEach((word) -> user.addWord(word, 0));
			dictionaries.add(user.createDictionary());
		}
		return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries)
			.setMinimumEntropy(MIN_ENTROPY_BITS)
			.setLocale(Locale.ENGLISH)
			.createConfiguration());
	}

	/**
	 * The bundled lists, read on the first password checked rather than at start-up:
	 * about 0.6 s and 20 MB of heap, kept for the life of the process.
	 */
	private static final class Dictionaries {

		static final List<Dictionary> BUNDLED = List.copyOf(ConfigurationBuilder.getDefaultDictionaries());

	}

}
