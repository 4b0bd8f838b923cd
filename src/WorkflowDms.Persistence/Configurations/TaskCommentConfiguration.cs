using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Inbox;
using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class TaskCommentConfiguration : IEntityTypeConfiguration<TaskComment>
{
    public void Configure(EntityTypeBuilder<TaskComment> builder)
    {
        builder.ToTable("TaskComments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.AuthorId).HasMaxLength(ColumnLengths.UserId);
        builder.Property(c => c.AuthorName).HasMaxLength(ColumnLengths.Name);
        builder.Property(c => c.Text).HasMaxLength(ColumnLengths.Comment);
        builder.HasIndex(c => new { c.TaskId, c.At });
        builder.HasOne<WorkTask>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
