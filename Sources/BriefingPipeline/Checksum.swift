import Crypto

/// Checksums of the bytes brief writes: `brief all`'s manifest and the service's ETags.
public enum Checksum {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The SHA-256 digest of `bytes` (swift-crypto's) as 64 lower-case hexadecimal digits.
    public static func sha256(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        return String(unsafeUninitializedCapacity: 2 * SHA256.byteCount) { out in
            var i = 0
            for byte in digest {
                out[i] = digits[Int(byte >> 4)]
                out[i + 1] = digits[Int(byte & 0xF)]
                i += 2
            }
            return i
        }
    }
}
