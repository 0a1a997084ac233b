package io.engagementhub.adapter.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns credential values into what is stored and back. Stored values carry their format:
 * {@code plain:<value>}, or {@code aesgcm.v2:<base64url(salt | nonce | ciphertext | tag)>} with
 * AES-256-GCM, a random 12-byte nonce per value, the account and credential name as associated data
 * (a value copied to another row does not decrypt), and a key derived from the configured secret
 * with PBKDF2-HMAC-SHA256 over a random 16-byte salt stored with the value (so equal secrets on two
 * databases give unrelated keys and no precomputation applies). Values of the earlier format
 * {@code aesgcm.v1:} (fixed salt, no salt stored) still decrypt; the next save writes v2. Plain
 * values stay readable after a key is configured. Failures never quote a value.
 */
final class CredentialCodec {

    static final String PLAIN = "plain:";
    static final String AES_GCM_V1 = "aesgcm.v1:";
    static final String AES_GCM_V2 = "aesgcm.v2:";

    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BITS = 256;
    private static final int PBKDF2_ITERATIONS = 120_000;
    /** The one salt of format v1, which derived every key from the secret alone. */
    private static final byte[] V1_SALT = "engagement-hub/credentials/v1".getBytes(StandardCharsets.UTF_8);

    private final char[] secret;
    private final SecureRandom random = new SecureRandom();
    /** This codec's salt for new values: one key derivation per process, not one per save. */
    private final byte[] salt;

    private final Map<String, SecretKey> keysBySalt = new ConcurrentHashMap<>();

    private CredentialCodec(char[] secret) {
        this.secret = secret;
        this.salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
    }

    static CredentialCodec plain() {
        return new CredentialCodec(null);
    }

    static CredentialCodec aesGcm(String secret) {
        CredentialCodec codec = new CredentialCodec(secret.toCharArray());
        codec.key(codec.salt);
        return codec;
    }

    boolean encrypts() {
        return secret != null;
    }

    String encode(String account, String name, String value) {
        if (secret == null) {
            return PLAIN + value;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key(salt), nonce, account, name);
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(SALT_BYTES + NONCE_BYTES + sealed.length)
                    .put(salt)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return AES_GCM_V2 + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt credential " + name + " of account " + account, e);
        }
    }

    String decode(String account, String name, String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        boolean v1 = stored.startsWith(AES_GCM_V1);
        if (!v1 && !stored.startsWith(AES_GCM_V2)) {
            throw new CredentialFormatException(account, name, "is stored in an unknown format");
        }
        if (secret == null) {
            throw new CredentialFormatException(
                    account, name, "is encrypted, but no credential encryption secret is configured");
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(stored.substring(stored.indexOf(':') + 1));
            int saltBytes = v1 ? 0 : SALT_BYTES;
            SecretKey key = key(v1 ? V1_SALT : Arrays.copyOf(bytes, SALT_BYTES));
            byte[] nonce = Arrays.copyOfRange(bytes, saltBytes, saltBytes + NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, account, name);
            int offset = saltBytes + NONCE_BYTES;
            return new String(cipher.doFinal(bytes, offset, bytes.length - offset), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new CredentialFormatException(
                    account,
                    name,
                    "cannot be decrypted: the configured secret is not the one it was saved with,"
                            + " or the stored value is damaged");
        }
    }

    private SecretKey key(byte[] keySalt) {
        return keysBySalt.computeIfAbsent(Base64.getEncoder().encodeToString(keySalt), k -> derive(keySalt));
    }

    private SecretKey derive(byte[] keySalt) {
        PBEKeySpec spec = new PBEKeySpec(secret, keySalt, PBKDF2_ITERATIONS, KEY_BITS);
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
            return new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot derive the credential encryption key: "
                            + e.getClass().getName(),
                    e);
        } finally {
            spec.clearPassword();
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String account, String name)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((account + '\0' + name).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
