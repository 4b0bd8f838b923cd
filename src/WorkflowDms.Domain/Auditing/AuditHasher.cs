using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WorkflowDms.Domain.Auditing;

/// <summary>
/// The canonical encoding and hash of an audit entry. Encoding: the ASCII tag <c>WDMS-AUDIT-1</c>, the
/// sequence as 8 bytes big-endian, then each text field as a 4-byte big-endian byte length followed by its
/// UTF-8 bytes, in the order at (<c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>), actor kind, actor, action name,
/// subject, org path, data JSON, previous hash. Length prefixes make it unambiguous: no choice of field
/// contents can make two different entries encode alike. The encoding goes into one reused buffer and is
/// hashed in a single call, which costs one native call per entry instead of one per field.
/// </summary>
internal sealed class AuditHasher
{
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    private static ReadOnlySpan<byte> Tag => "WDMS-AUDIT-1"u8;

    private byte[] _buffer = new byte[4096];

    public void Compute(long sequence, DateTime at, string actorKind, string actor, AuditAction action, string subject, string orgPath, string dataJson, string previousHash, Span<byte> hash)
    {
        var actionName = action.ToString();
        EnsureCapacity(Tag.Length + 8 + (8 * 4) + 32 + MaxBytes(actorKind) + MaxBytes(actor) + MaxBytes(actionName)
            + MaxBytes(subject) + MaxBytes(orgPath) + MaxBytes(dataJson) + MaxBytes(previousHash));

        var span = _buffer.AsSpan();
        Tag.CopyTo(span);
        var at0 = Tag.Length;
        BinaryPrimitives.WriteInt64BigEndian(span[at0..], sequence);
        at0 += 8;

        if (!at.TryFormat(span[(at0 + 4)..], out var timeLength, TimestampFormat, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("Audit timestamp did not fit its buffer.");
        }

        BinaryPrimitives.WriteInt32BigEndian(span[at0..], timeLength);
        at0 += 4 + timeLength;

        at0 = Write(span, at0, actorKind);
        at0 = Write(span, at0, actor);
        at0 = Write(span, at0, actionName);
        at0 = Write(span, at0, subject);
        at0 = Write(span, at0, orgPath);
        at0 = Write(span, at0, dataJson);
        at0 = Write(span, at0, previousHash);

        SHA256.HashData(span[..at0], hash);
    }

    public string ComputeHex(long sequence, DateTime at, string actorKind, string actor, AuditAction action, string subject, string orgPath, string dataJson, string previousHash)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Compute(sequence, at, actorKind, actor, action, subject, orgPath, dataJson, previousHash, hash);
        return Convert.ToHexStringLower(hash);
    }

    private static int MaxBytes(string value) => Encoding.UTF8.GetMaxByteCount(value.Length) + 4;

    private static int Write(Span<byte> span, int offset, string value)
    {
        var length = Encoding.UTF8.GetBytes(value, span[(offset + 4)..]);
        BinaryPrimitives.WriteInt32BigEndian(span[offset..], length);
        return offset + 4 + length;
    }

    private void EnsureCapacity(int needed)
    {
        if (_buffer.Length < needed)
        {
            _buffer = new byte[Math.Max(needed, _buffer.Length * 2)];
        }
    }
}
