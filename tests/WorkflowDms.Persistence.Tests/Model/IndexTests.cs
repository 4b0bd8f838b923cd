using Microsoft.Data.Sqlite;
using WorkflowDms.Persistence.Configurations;

namespace WorkflowDms.Persistence.Tests.Model;

public class IndexTests
{
    [Theory]
    [InlineData("WorkTaskCandidates", "IX_WorkTaskCandidates_Inbox", "GroupName,IsOpen,SortDueAt,CreatedAt,TaskId", false)]
    [InlineData("WorkTaskCandidates", "IX_WorkTaskCandidates_OrgPath", "OrgPath", false)]
    [InlineData("WorkTasks", "IX_WorkTasks_OrgPath", "OrgPath", false)]
    [InlineData("Claims", "IX_Claims_OrgPath_SubmittedAt", "OrgPath,SubmittedAt", false)]
    [InlineData("Claims", "IX_Claims_DealerId_RepairOrderNumber", "DealerId,RepairOrderNumber", false)]
    [InlineData("Claims", "IX_Claims_DealerId_DealerClaimNumber", "DealerId,DealerClaimNumber", true)]
    [InlineData("Bookmarks", "IX_Bookmarks_Kind_Key", "Kind,Key", true)]
    [InlineData("Bookmarks", "IX_Bookmarks_Kind_DueAt", "Kind,DueAt", false)]
    [InlineData("AuditEntries", "IX_AuditEntries_Subject", "Subject", false)]
    [InlineData("ApiKeys", "IX_ApiKeys_KeyHash", "KeyHash", true)]
    [InlineData("Vehicles", "IX_Vehicles_Vin", "Vin", true)]
    [InlineData("ProcessDefinitions", "IX_ProcessDefinitions_ProcessId_Version", "ProcessId,Version", true)]
    [InlineData("IdempotencyRecords", "IX_IdempotencyRecords_DealerId_Key", "DealerId,Key", true)]
    public async Task Index_ExistsWithColumnsInOrder(string table, string index, string columns, bool unique)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var connection = await database.OpenRawAsync();

        Assert.Equal(unique, await IsUniqueAsync(connection, table, index));
        Assert.Equal(columns, string.Join(',', await ColumnsAsync(connection, index)));
    }

    [Fact]
    public async Task AuditEntries_SequenceIsThePrimaryKeyAndNotAutoincrement()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();

        var sql = (string)(await database.ScalarAsync("SELECT sql FROM sqlite_master WHERE name = 'AuditEntries'"))!;

        Assert.Contains("\"Sequence\" INTEGER NOT NULL CONSTRAINT \"PK_AuditEntries\" PRIMARY KEY", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("AUTOINCREMENT", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task InboxQuery_IsServedByTheInboxIndexWithoutSorting()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var connection = await database.OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            EXPLAIN QUERY PLAN
            SELECT TaskId FROM WorkTaskCandidates
            WHERE GroupName = 'warranty-reviewers' AND IsOpen = 1 AND OrgPath LIKE '/HQ/R1/%'
            ORDER BY SortDueAt, CreatedAt, TaskId LIMIT 50
            """;
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.Contains(WorkTaskCandidateConfiguration.InboxIndexName, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    private static async Task<bool> IsUniqueAsync(SqliteConnection connection, string table, string index)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"unique\" FROM pragma_index_list('{table}') WHERE name = '{index}'";
        var result = await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        Assert.NotNull(result);
        return (long)result == 1;
    }

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, string index)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_index_info('{index}') ORDER BY seqno";
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }
}
