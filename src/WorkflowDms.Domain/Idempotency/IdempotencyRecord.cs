using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Idempotency;

/// <summary>
/// The stored first response to a dealer's <c>Idempotency-Key</c>, written in the same transaction as
/// the effect, so a retry after a crash gets the original answer instead of a duplicate claim.
/// </summary>
public class IdempotencyRecord
{
    private IdempotencyRecord()
    {
        Key = "";
        RequestHash = "";
        ResponseJson = "";
    }

    public Guid Id { get; private set; }

    public Guid DealerId { get; private set; }

    public string Key { get; private set; }

    /// <summary>Hash of the request body: the same key with another body is a client error, not a replay.</summary>
    public string RequestHash { get; private set; }

    public int StatusCode { get; private set; }

    public string ResponseJson { get; private set; }

    public Guid? ResourceId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static IdempotencyRecord Record(Guid id, Guid dealerId, string key, string requestHash, int statusCode, string responseJson, Guid? resourceId, DateTime now) =>
        new()
        {
            Id = id,
            DealerId = dealerId,
            Key = key,
            RequestHash = requestHash,
            StatusCode = statusCode,
            ResponseJson = responseJson,
            ResourceId = resourceId,
            CreatedAt = now,
        };

    /// <summary>Returns normally when the replayed request is the same; otherwise a 409.</summary>
    public void EnsureSameRequest(string requestHash)
    {
        if (!string.Equals(RequestHash, requestHash, StringComparison.Ordinal))
        {
            throw new ConflictException("idempotency-key-reused", $"Idempotency key '{Key}' was already used for a different request.");
        }
    }
}
