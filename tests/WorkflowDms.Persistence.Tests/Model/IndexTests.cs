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
        await using var database = await TestDatabase.CreateAsync();

        Assert.Equal((unique, columns), await database.DescribeIndexAsync(table, index));
    }

    [Fact]
    public async Task AuditEntries_SequenceIsThePrimaryKeyAndNotGeneratedByTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync();

        // The chain assigns sequences itself (head + 1); a database-generated key could skip or reorder them.
        Assert.Equal((true, false), await database.DescribeKeyColumnAsync("AuditEntries", "Sequence"));
    }

    [Fact]
    public async Task InboxQuery_IsServedByTheInboxIndexWithoutSorting()
    {
        await using var database = await TestDatabase.CreateAsync();

        var plan = await database.ExplainAsync("""
            SELECT "TaskId" FROM "WorkTaskCandidates"
            WHERE "GroupName" = 'warranty-reviewers' AND "IsOpen" = TRUE AND "OrgPath" LIKE '/HQ/R1/%'
            ORDER BY "SortDueAt", "CreatedAt", "TaskId" LIMIT 50
            """);

        Assert.Contains(plan, step => step.Contains(WorkTaskCandidateConfiguration.InboxIndexName, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains(database.SortStep, StringComparison.Ordinal));
    }
}
