using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace WorkflowDms.Domain.Dealers;

/// <summary>
/// API keys are stored only as the SHA-256 of the full key. A plain hash (no salt, no KDF) is enough
/// because keys are 256-bit random values, not passwords, and it keeps the lookup an indexed equality.
/// </summary>
public static class ApiKeyHasher
{
    /// <summary>Prefix that makes leaked keys recognisable to secret scanners.</summary>
    public const string Prefix = "wdk_";

    /// <summary>A new random key: <see cref="Prefix"/> + 32 random bytes, base64url.</summary>
    public static string NewKey()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Prefix + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 key.</summary>
    public static string Hash(string key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        HashInto(key, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// Whether <paramref name="key"/> hashes to <paramref name="storedHash"/>. The byte comparison is
    /// constant-time so response timing reveals nothing about how much of a guessed hash matched.
    /// </summary>
    public static bool Verify(string key, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(storedHash);
        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        if (storedHash.Length != SHA256.HashSizeInBytes * 2
            || Convert.FromHexString(storedHash, expected, out _, out var written) != OperationStatus.Done
            || written != expected.Length)
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        HashInto(key, actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static void HashInto(string key, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(key);
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(key.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(key, rented);
            SHA256.HashData(rented.AsSpan(0, length), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        }
    }
}
