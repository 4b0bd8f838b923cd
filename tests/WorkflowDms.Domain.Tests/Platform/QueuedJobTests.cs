using WorkflowDms.Domain.Integration;

namespace WorkflowDms.Domain.Tests.Platform;

public sealed class QueuedJobTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Lease_DueJob_CountsTheAttemptAndHoldsTheLease()
    {
        var job = QueuedJob.Enqueue(Guid.NewGuid(), "webhook-delivery", Guid.NewGuid(), 3, Now);
        job.Lease("host-a", Now, TimeSpan.FromMinutes(2));

        Assert.Equal(QueuedJobStatus.Running, job.Status);
        Assert.Equal(1, job.Attempts);
        Assert.False(job.IsClaimable(Now.AddMinutes(1)));
        Assert.True(job.IsClaimable(Now.AddMinutes(3))); // the lease ran out: another worker may take it
    }

    [Fact]
    public void Fail_BeforeTheLastAttempt_IsPendingAgainAfterTheBackOff_ThenFailedForGood()
    {
        var job = QueuedJob.Enqueue(Guid.NewGuid(), "webhook-delivery", Guid.NewGuid(), 2, Now);
        job.Lease("host-a", Now, TimeSpan.FromMinutes(2));
        job.Fail("500", Now, TimeSpan.FromSeconds(30));
        Assert.Equal(QueuedJobStatus.Pending, job.Status);
        Assert.False(job.IsClaimable(Now.AddSeconds(29)));
        Assert.True(job.IsClaimable(Now.AddSeconds(30)));

        job.Lease("host-b", Now.AddSeconds(30), TimeSpan.FromMinutes(2));
        job.Fail("500 again", Now.AddSeconds(31), TimeSpan.FromSeconds(60));
        Assert.Equal(QueuedJobStatus.Failed, job.Status);
        Assert.True(job.IsFinal);
        Assert.Equal("500 again", job.LastError);
        Assert.Throws<InvalidOperationException>(() => job.Lease("host-c", Now.AddHours(1), TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public void Succeed_ClearsTheLease()
    {
        var job = QueuedJob.Enqueue(Guid.NewGuid(), "webhook-delivery", Guid.NewGuid(), 3, Now);
        job.Lease("host-a", Now, TimeSpan.FromMinutes(2));
        job.Succeed(Now.AddSeconds(1));
        Assert.Equal(QueuedJobStatus.Succeeded, job.Status);
        Assert.Null(job.LeaseOwner);
        Assert.False(job.IsClaimable(Now.AddDays(1)));
    }

    [Theory]
    [InlineData(1, 0.5, 30)]
    [InlineData(2, 0.5, 60)]
    [InlineData(4, 0.5, 240)]
    [InlineData(30, 0.5, 21600)]
    [InlineData(1, 0.0, 24)]
    [InlineData(1, 0.999999, 36)]
    public void RetryBackOff_DoublesFromThirtySeconds_CappedAtSixHours_WithTwentyPercentJitter(int attempt, double random, double expectedSeconds)
    {
        Assert.Equal(expectedSeconds, RetryBackOff.After(attempt, random).TotalSeconds, 0.01);
    }
}
