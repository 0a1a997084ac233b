package io.engagementhub.adapter.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns credential values into what is stored and back. Stored values carry their format:
 * {@code plain:<value>}, or {@code aesgcm.v1:<base64url(nonce | ciphertext | tag)>} with AES-256-GCM,
 * a random 12-byte nonce per value, the account and credential name as associated data (a value
 * copied to another row does not decrypt), and a key derived from the configured secret with
 * PBKDF2-HMAC-SHA256. Plain values stay readable after a key is configured; the next save
 * encrypts them. Failures never quote a value.
 */
final class CredentialCodec {

    static final String PLAIN = "plain:";
    static final String AES_GCM_V1 = "aesgcm.v1:";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BITS = 256;
    private static final int PBKDF2_ITERATIONS = 120_000;
    /** Fixed: the key must be re-derivable from the secret alone; the secret carries the entropy. */
    private static final byte[] SALT = "engagement-hub/credentials/v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private CredentialCodec(SecretKey key) {
        this.key = key;
    }

    static CredentialCodec plain() {
        return new CredentialCodec(null);
    }

    static CredentialCodec aesGcm(String secret) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), SALT, PBKDF2_ITERATIONS, KEY_BITS);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
            spec.clearPassword();
            return new CredentialCodec(new SecretKeySpec(derived, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot derive the credential encryption key: "
                            + e.getClass().getName(),
                    e);
        }
    }

    boolean encrypts() {
        return key != null;
    }

    String encode(String account, String name, String value) {
        if (key == null) {
            return PLAIN + value;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, account, name);
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return AES_GCM_V1 + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt credential " + name + " of account " + account, e);
        }
    }

    String decode(String account, String name, String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (!stored.startsWith(AES_GCM_V1)) {
            throw new CredentialFormatException(account, name, "is stored in an unknown format");
        }
        if (key == null) {
            throw new CredentialFormatException(
                    account, name, "is encrypted, but no credential encryption secret is configured");
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(stored.substring(AES_GCM_V1.length()));
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), account, name);
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CredentialFormatException(
                    account,
                    name,
                    "cannot be decrypted: the configured secret is not the one it was saved with,"
                            + " or the stored value is damaged");
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String account, String name) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((account + '\0' + name).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
