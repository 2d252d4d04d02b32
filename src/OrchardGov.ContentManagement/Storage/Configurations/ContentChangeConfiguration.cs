using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.Contents;

namespace OrchardGov.ContentManagement.Storage.Configurations;

internal sealed class ContentChangeConfiguration : IEntityTypeConfiguration<ContentChange>
{
    public void Configure(EntityTypeBuilder<ContentChange> change)
    {
        change.ToTable("ContentChanges");
        change.HasKey(c => c.Id);
        change.Property(c => c.ContentItemId).HasMaxLength(26);
        change.Property(c => c.ContentType).HasMaxLength(255);
        change.Ignore(c => c.IsWholeSite);
        change.HasIndex(c => c.AtUtc);
    }
}
