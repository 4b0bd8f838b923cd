using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Persistence.Configurations;

/// <summary>
/// No foreign key to the workflow instance or the case on purpose: the case is polymorphic
/// (<see cref="WorkTask.CaseType"/>), and the engine writes tasks and instances in the same transaction.
/// </summary>
internal sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> builder)
    {
        builder.ToTable("WorkTasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.BookmarkId).HasMaxLength(ColumnLengths.Key);
        builder.Property(t => t.ElementId).HasMaxLength(ColumnLengths.Name);
        builder.Property(t => t.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(t => t.CaseType).HasMaxLength(ColumnLengths.Code);
        builder.Property(t => t.CaseNumber).HasMaxLength(ColumnLengths.Code);
        builder.Property(t => t.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(t => t.FormKey).HasMaxLength(ColumnLengths.Name);
        builder.Property(t => t.Assignee).HasMaxLength(ColumnLengths.UserId);
        builder.Property(t => t.CompletedBy).HasMaxLength(ColumnLengths.UserId);
        builder.Property(t => t.Decision).HasMaxLength(ColumnLengths.Code);
        builder.Property(t => t.ReasonCode).HasMaxLength(ColumnLengths.Reason);
        builder.Property(t => t.Comment).HasMaxLength(ColumnLengths.Comment);
        builder.Property(t => t.CaseStatus).HasMaxLength(ColumnLengths.Code);
        builder.Property(t => t.DealerCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(t => t.DealerName).HasMaxLength(ColumnLengths.Name);
        builder.Property(t => t.Currency).HasMaxLength(3);

        builder.HasMany(t => t.Candidates).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Candidates).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(t => t.OrgPath);

        // "My tasks": what a user holds (or completed), by status, in each inbox sort order with its keyset tie-breaks.
        builder.HasIndex(t => new { t.Assignee, t.Status, t.DueAt });
        builder.HasIndex(t => new { t.Assignee, t.Status, t.SortDueAt, t.CreatedAt, t.Id }).HasDatabaseName("IX_WorkTasks_Mine_Due");
        builder.HasIndex(t => new { t.Assignee, t.Status, t.CreatedAt, t.Id }).HasDatabaseName("IX_WorkTasks_Mine_Created");
        builder.HasIndex(t => new { t.Assignee, t.Status, t.Amount, t.CreatedAt, t.Id }).HasDatabaseName("IX_WorkTasks_Mine_Amount");
        builder.HasIndex(t => t.InstanceId);
        builder.HasIndex(t => new { t.CaseType, t.CaseId });
    }
}
