package io.engagementhub.adapter.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes a credential the way the first release did ({@code aesgcm.v1:}: one fixed PBKDF2 salt,
 * {@code base64url(nonce | ciphertext | tag)}), so tests can prove such rows still decrypt.
 */
final class LegacyCredentialFormat {

    private LegacyCredentialFormat() {}

    static String encrypt(String secret, String account, String name, String value) throws Exception {
        byte[] salt = "engagement-hub/credentials/v1".getBytes(StandardCharsets.UTF_8);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(secret.toCharArray(), salt, 120_000, 256))
                .getEncoded();
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD((account + '\0' + name).getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
        byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
        return "aesgcm.v1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
    }
}
