using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Persistence;

namespace WorkflowDms.Host.Tests.Tasks;

/// <summary>
/// The inbox's first page must be a range scan of an inbox index in keyset order, whatever the number of open tasks
/// (the 1,000,000-task bar): the SQL EF really sends for GET /tasks is captured and SQLite's plan for it checked.
/// </summary>
public sealed class InboxQueryPlanTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("", "IX_WorkTaskCandidates_Inbox")]
    [InlineData("sort=created", "IX_WorkTaskCandidates_Inbox_Created")]
    [InlineData("sort=-amount", "IX_WorkTaskCandidates_Inbox_Amount")]
    [InlineData("dealer=D1001", "IX_WorkTaskCandidates_Inbox_Dealer")]
    [InlineData("caseType=claim", "IX_WorkTaskCandidates_Inbox_CaseType")]
    public async Task OpenTaskPage_IsARangeScanOfItsIndex_WithoutASort(string filter, string index)
    {
        var capture = new CandidateQueryCapture();
        using var captured = host.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.ConfigureDbContext<WorkflowDmsDbContext>(o => o.AddInterceptors(capture))));
        await host.ReviewClaimAsync("D1001", "PLAN-" + index[^6..] + filter.Length, 2.0m);

        var reviewer = await captured.AsStaffAsync("hq.reviewer@demo.local");
        await reviewer.PageAsync("limit=25&" + filter);

        var command = Assert.Single(capture.Commands.Where(c => c.Text.Contains("\"WorkTaskCandidates\"", StringComparison.Ordinal)).Take(1));
        var plan = await ExplainAsync(command);
        var text = string.Join('\n', plan);
        // SQLite: "SEARCH c USING INDEX IX_… (GroupName=? AND IsOpen=?)"; PostgreSQL: "Index Scan using "IX_…" on …".
        Assert.True(plan.Any(line => line.Contains("INDEX " + index + " ", StringComparison.Ordinal) || line.Contains("using \"" + index + "\"", StringComparison.Ordinal)), text);
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal) || line.StartsWith("Sort", StringComparison.Ordinal) || line.StartsWith("->  Sort", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN", StringComparison.Ordinal) && line.Contains("WorkTaskCandidates", StringComparison.Ordinal) && !line.Contains("INDEX", StringComparison.Ordinal));
    }

    /// <summary>
    /// The plan of the captured command. SQLite: EXPLAIN QUERY PLAN. PostgreSQL: EXPLAIN with sequential and bitmap
    /// scans priced out (a test database is far too small for the planner to prefer an index on its own), so the
    /// plan shows whether an index can serve the filter and the order.
    /// </summary>
    private async Task<List<string>> ExplainAsync(CapturedCommand command)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
        var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        if (!sqlite)
        {
            await using var settings = connection.CreateCommand();
            settings.CommandText = "SET enable_seqscan = off; SET enable_bitmapscan = off;";
            await settings.ExecuteNonQueryAsync(ct);
        }

        await using var explain = connection.CreateCommand();
        explain.CommandText = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.Text;
        foreach (var (name, value) in command.Parameters)
        {
            var parameter = explain.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            explain.Parameters.Add(parameter);
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            lines.Add(reader.GetString(sqlite ? 3 : 0).Trim());
        }

        return lines;
    }

    private sealed record CapturedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    private sealed class CandidateQueryCapture : DbCommandInterceptor
    {
        public ConcurrentQueue<CapturedCommand> Commands { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Enqueue(new CapturedCommand(command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
