namespace WorkflowDms.Domain.Dealers;

/// <summary>A dealer's API key; only its hash is stored (see <see cref="ApiKeyHasher"/>).</summary>
public class ApiKey
{
    private ApiKey()
    {
        KeyHash = "";
        Label = "";
    }

    public Guid Id { get; private set; }

    public Guid DealerId { get; private set; }

    /// <summary>SHA-256 hex of the full key; unique.</summary>
    public string KeyHash { get; private set; }

    public string Label { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>Registers <paramref name="plainKey"/> for the dealer; the caller shows the plain key once and forgets it.</summary>
    public static ApiKey Issue(Guid id, Guid dealerId, string plainKey, string label, DateTime now) =>
        new()
        {
            Id = id,
            DealerId = dealerId,
            KeyHash = ApiKeyHasher.Hash(plainKey),
            Label = label,
            CreatedAt = now,
        };

    /// <summary>Revoking twice keeps the first revocation time.</summary>
    public void Revoke(DateTime now) => RevokedAt ??= now;
}
