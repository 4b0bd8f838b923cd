using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Integration;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class QueuedJobConfiguration : IEntityTypeConfiguration<QueuedJob>
{
    public void Configure(EntityTypeBuilder<QueuedJob> builder)
    {
        builder.ToTable("QueuedJobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Kind).HasMaxLength(ColumnLengths.Code);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.LeaseOwner).HasMaxLength(ColumnLengths.Name);
        builder.Property(j => j.LastError).HasMaxLength(ColumnLengths.Comment);
        builder.Ignore(j => j.IsFinal);

        // Workers poll "due or lease expired" in time order: (Status, NextAttemptAt) and (Status, LeaseUntil).
        builder.HasIndex(j => new { j.Status, j.NextAttemptAt });
        builder.HasIndex(j => new { j.Status, j.LeaseUntil });
        builder.HasIndex(j => j.SubjectId);
    }
}
