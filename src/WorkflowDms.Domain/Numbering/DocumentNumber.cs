using System.Globalization;

namespace WorkflowDms.Domain.Numbering;

/// <summary>
/// Derives a readable document number <c>{prefix}-yyMMdd-XXXXXXXXXX</c> (claims <c>WC</c>, returns <c>RT</c>,
/// orders <c>OR</c>…) from the creation date and 50 random bits of the document id (Crockford base32: no I, L,
/// O, U). A database counter would give <c>WC-000001</c>
/// but would also be one more row every intake transaction has to lock; the audit head is already that
/// row. At 10,000 documents of a kind a day the chance of two numbers colliding on one day is about 4·10⁻⁸, and the
/// unique index turns even that into a retryable conflict rather than a duplicate.
/// </summary>
public static class DocumentNumber
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Create(string prefix, Guid documentId, DateTime createdAt)
    {
        Span<byte> bytes = stackalloc byte[16];
        documentId.TryWriteBytes(bytes, bigEndian: true, out _);

        // Bytes 9..15 are random in both version 4 and version 7 ids (v7 puts its timestamp up front).
        ulong random = 0;
        for (var i = 9; i < 16; i++)
        {
            random = (random << 8) | bytes[i];
        }

        Span<char> suffix = stackalloc char[10];
        for (var i = suffix.Length - 1; i >= 0; i--)
        {
            suffix[i] = Alphabet[(int)(random & 31)];
            random >>= 5;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{createdAt:yyMMdd}-{suffix}");
    }
}
