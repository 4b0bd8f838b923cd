using System.Globalization;
using WorkflowDms.Domain.Auditing;

namespace WorkflowDms.Benchmarks.Auditing;

/// <summary>
/// Realistic chain entries, one per claim submission, built with the product's own <see cref="AuditChain.Append"/>
/// (a copy of the shape the persistence tests use, so the benchmark does not reference a test project).
/// </summary>
internal static class BenchmarkAuditChain
{
    public const int OneMillion = 1_000_000;

    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    public static AuditEntry Append(AuditHead head, int i) =>
        AuditChain.Append(
            head,
            Start.AddTicks(i * 10L),
            AuditActorKinds.Dealer,
            "D1001",
            AuditAction.ClaimSubmitted,
            "claim:" + i.ToString(CultureInfo.InvariantCulture),
            "/HQ/R1/B11/D1001/",
            "{\"total\":27100,\"lines\":2,\"status\":\"PendingReview\"}");

    public static (List<AuditEntry> Entries, AuditHead Head) Build(int count)
    {
        var head = AuditHead.Genesis();
        var entries = new List<AuditEntry>(count);
        for (var i = 0; i < count; i++)
        {
            entries.Add(Append(head, i));
        }

        return (entries, head);
    }
}
