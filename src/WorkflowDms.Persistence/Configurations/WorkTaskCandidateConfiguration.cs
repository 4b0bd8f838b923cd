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

        // The inbox's first page is a range scan of this index in keyset order, whatever the table size:
        // WHERE GroupName IN (...) AND IsOpen ORDER BY SortDueAt, CreatedAt, TaskId.
        builder.HasIndex(c => new { c.GroupName, c.IsOpen, c.SortDueAt, c.CreatedAt, c.TaskId }).HasDatabaseName(InboxIndexName);
        builder.HasIndex(c => c.OrgPath);
    }
}
