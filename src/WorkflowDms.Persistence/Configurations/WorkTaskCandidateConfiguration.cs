using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class WorkTaskCandidateConfiguration : IEntityTypeConfiguration<WorkTaskCandidate>
{
    /// <summary>Name of the inbox index, asserted by tests and referred to by query plans.</summary>
    public const string InboxIndexName = "IX_WorkTaskCandidates_Inbox";

    public void Configure(EntityTypeBuilder<WorkTaskCandidate> builder)
    {
        builder.ToTable("WorkTaskCandidates");
        builder.HasKey(c => new { c.TaskId, c.GroupName });
        builder.Property(c => c.GroupName).HasMaxLength(ColumnLengths.UserId);
        builder.Property(c => c.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(c => c.CaseType).HasMaxLength(ColumnLengths.Code);
        builder.Property(c => c.DealerCode).HasMaxLength(ColumnLengths.Code);

        // The inbox's first page is a range scan of this index in keyset order, whatever the table size:
        // WHERE GroupName IN (...) AND IsOpen ORDER BY SortDueAt, CreatedAt, TaskId.
        builder.HasIndex(c => new { c.GroupName, c.IsOpen, c.SortDueAt, c.CreatedAt, c.TaskId }).HasDatabaseName(InboxIndexName);
        builder.HasIndex(c => c.OrgPath);

        // One index per (filter, sort) the inbox serves by a range scan, each ending in the keyset tie-breaks
        // (docs/adr/0010-instance-history.md lists them): open tasks by creation, by amount (and an amount
        // range), by dealer or case type in due order; tasks in other statuses (claimed, completed) of a group.
        builder.HasIndex(c => new { c.GroupName, c.IsOpen, c.CreatedAt, c.TaskId }).HasDatabaseName("IX_WorkTaskCandidates_Inbox_Created");
        builder.HasIndex(c => new { c.GroupName, c.IsOpen, c.Amount, c.CreatedAt, c.TaskId }).HasDatabaseName("IX_WorkTaskCandidates_Inbox_Amount");
        builder.HasIndex(c => new { c.GroupName, c.IsOpen, c.DealerCode, c.SortDueAt, c.CreatedAt, c.TaskId }).HasDatabaseName("IX_WorkTaskCandidates_Inbox_Dealer");
        builder.HasIndex(c => new { c.GroupName, c.IsOpen, c.CaseType, c.SortDueAt, c.CreatedAt, c.TaskId }).HasDatabaseName("IX_WorkTaskCandidates_Inbox_CaseType");
        builder.HasIndex(c => new { c.GroupName, c.Status, c.SortDueAt, c.CreatedAt, c.TaskId }).HasDatabaseName("IX_WorkTaskCandidates_Status_Due");
        builder.HasIndex(c => new { c.GroupName, c.Status, c.CreatedAt, c.TaskId }).HasDatabaseName("IX_WorkTaskCandidates_Status_Created");
    }
}
