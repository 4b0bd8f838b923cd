using BenchmarkDotNet.Attributes;
using WorkflowDms.Domain.Auditing;

namespace WorkflowDms.Benchmarks.Auditing;

/// <summary>
/// <see cref="AuditVerifier.Verify"/> over 1,000,000 chained entries already in memory: the hashing cost alone,
/// without storage (product bar for the stored chain: 1M entries verified in ≤ 5 s).
/// </summary>
public class InMemoryAuditVerificationBenchmarks
{
    private List<AuditEntry> _entries = [];
    private AuditHead _head = AuditHead.Genesis();

    [GlobalSetup]
    public void BuildChain() => (_entries, _head) = BenchmarkAuditChain.Build(BenchmarkAuditChain.OneMillion);

    [Benchmark(Description = "Verify 1M entries in memory")]
    public long VerifyOneMillionInMemory()
    {
        var result = AuditVerifier.Verify(_entries, _head);
        return result.IsValid && result.EntriesChecked == BenchmarkAuditChain.OneMillion
            ? result.EntriesChecked
            : throw new InvalidOperationException(result.Message);
    }
}
