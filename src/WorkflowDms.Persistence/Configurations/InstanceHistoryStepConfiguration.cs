using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Inbox;

namespace WorkflowDms.Persistence.Configurations;

/// <summary>Append-only path history of workflow instances; read per instance in step order.</summary>
internal sealed class InstanceHistoryStepConfiguration : IEntityTypeConfiguration<InstanceHistoryStep>
{
    public void Configure(EntityTypeBuilder<InstanceHistoryStep> builder)
    {
        builder.ToTable("InstanceHistory");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedOnAdd();
        builder.Property(s => s.Elements).HasMaxLength(8000);
        builder.Property(s => s.Flows).HasMaxLength(8000);
        builder.HasIndex(s => new { s.InstanceId, s.Id });
    }
}
