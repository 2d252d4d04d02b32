using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Storage.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> document)
    {
        document.ToTable("Documents");
        document.HasKey(d => d.Id);
        document.Property(d => d.Type).HasMaxLength(255);
        // Plain text, not jsonb: the JSON is returned exactly as it was written.
        document.Property(d => d.Content).HasColumnType("text");
        document.HasIndex(d => new { d.SiteId, d.Type });
        document.HasOne<Site>().WithMany().HasForeignKey(d => d.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
