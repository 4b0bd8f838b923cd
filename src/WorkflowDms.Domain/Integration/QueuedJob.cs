namespace WorkflowDms.Domain.Integration;

/// <summary>
/// A unit of background work in the job table (webhook deliveries today). Workers claim due jobs in small
/// batches by writing a lease (owner, until) under the <see cref="Version"/> concurrency token, so two hosts
/// never run one job at once, and a worker that dies mid-job leaves a lease that simply runs out.
/// </summary>
public class QueuedJob : IVersioned
{
    private QueuedJob()
    {
        Kind = "";
    }

    public Guid Id { get; private set; }

    /// <summary>What to run, e.g. <c>webhook-delivery</c>.</summary>
    public string Kind { get; private set; }

    /// <summary>The row the job works on (for webhooks: the delivery).</summary>
    public Guid SubjectId { get; private set; }

    public QueuedJobStatus Status { get; private set; }

    /// <summary>Attempts started so far; counted when a worker leases the job, so a crash counts too.</summary>
    public int Attempts { get; private set; }

    public int MaxAttempts { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseUntil { get; private set; }

    public string? LastError { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public int Version { get; private set; }

    public static QueuedJob Enqueue(Guid id, string kind, Guid subjectId, int maxAttempts, DateTime now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        return new QueuedJob
        {
            Id = id,
            Kind = kind,
            SubjectId = subjectId,
            Status = QueuedJobStatus.Pending,
            MaxAttempts = maxAttempts,
            NextAttemptAt = now,
            CreatedAt = now,
        };
    }

    /// <summary>Whether a worker may take the job at <paramref name="now"/>: due, or running under a lease that ran out.</summary>
    public bool IsClaimable(DateTime now) =>
        (Status == QueuedJobStatus.Pending && NextAttemptAt <= now)
        || (Status == QueuedJobStatus.Running && LeaseUntil < now);

    public void Lease(string owner, DateTime now, TimeSpan leaseFor)
    {
        if (!IsClaimable(now))
        {
            throw new InvalidOperationException($"Job {Id} is not claimable.");
        }

        Status = QueuedJobStatus.Running;
        LeaseOwner = owner;
        LeaseUntil = now + leaseFor;
        Attempts++;
    }

    public void Succeed(DateTime now)
    {
        Status = QueuedJobStatus.Succeeded;
        FinishedAt = now;
        LeaseOwner = null;
        LeaseUntil = null;
        LastError = null;
    }

    /// <summary>
    /// Records a failed attempt: back to <see cref="QueuedJobStatus.Pending"/> after <paramref name="retryAfter"/>,
    /// or <see cref="QueuedJobStatus.Failed"/> for good once <see cref="MaxAttempts"/> are spent.
    /// </summary>
    public void Fail(string error, DateTime now, TimeSpan retryAfter)
    {
        LastError = error.Length > 2000 ? error[..2000] : error;
        LeaseOwner = null;
        LeaseUntil = null;
        if (Attempts >= MaxAttempts)
        {
            Status = QueuedJobStatus.Failed;
            FinishedAt = now;
            return;
        }

        Status = QueuedJobStatus.Pending;
        NextAttemptAt = now + retryAfter;
    }

    public bool IsFinal => Status is QueuedJobStatus.Succeeded or QueuedJobStatus.Failed;
}
