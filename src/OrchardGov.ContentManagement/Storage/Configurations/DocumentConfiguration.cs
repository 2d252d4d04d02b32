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
        // A site has one of each single document (its content definition, its settings).
        document.HasIndex(d => new { d.SiteId, d.Type }, "UX_Documents_SingleDocument").IsUnique()
            .HasFilter($"\"Type\" <> '{DocumentTypes.ContentItem}'");
        document.HasOne<Site>().WithMany().HasForeignKey(d => d.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
