using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.Audit;

namespace OrchardGov.ContentManagement.Storage.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.UserName).HasMaxLength(256);
        entry.Property(e => e.UserId).HasMaxLength(64);
        entry.Property(e => e.Address).HasMaxLength(64);
        entry.Property(e => e.Action).HasMaxLength(64);
        entry.Property(e => e.SubjectId).HasMaxLength(64);
        entry.Property(e => e.Subject).HasMaxLength(400);
        entry.HasIndex(e => new { e.SiteId, e.AtUtc });
        entry.HasIndex(e => e.AtUtc);
    }
}
