using BenchmarkDotNet.Attributes;
using WorkflowDms.Persistence.Auditing;

namespace WorkflowDms.Benchmarks.Auditing;

/// <summary>
/// The <c>verify</c> command's path: <see cref="AuditTrailVerification.VerifyAuditChainAsync"/> over 1,000,000 chained
/// entries in a SQLite file. Product bar: ≤ 5 s. The file is written once per benchmark process, so reads come from a
/// warm OS page cache, as they would on a server that has the database open.
/// </summary>
public class StoredAuditVerificationBenchmarks
{
    private AuditSqliteFile? _file;

    [GlobalSetup]
    public void WriteChain() => _file = AuditSqliteFile.Create(BenchmarkAuditChain.OneMillion);

    [GlobalCleanup]
    public void DeleteFile() => _file?.Dispose();

    [Benchmark(Description = "VerifyAuditChainAsync 1M entries, SQLite file")]
    public async Task<long> VerifyOneMillionStored()
    {
        await using var db = _file!.NewContext();
        var result = await db.VerifyAuditChainAsync();
        return result.IsValid && result.EntriesChecked == BenchmarkAuditChain.OneMillion
            ? result.EntriesChecked
            : throw new InvalidOperationException(result.Message);
    }
}
