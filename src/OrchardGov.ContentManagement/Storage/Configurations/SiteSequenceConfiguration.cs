using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.Contents;

namespace OrchardGov.ContentManagement.Storage.Configurations;

internal sealed class SiteSequenceConfiguration : IEntityTypeConfiguration<SiteSequence>
{
    public void Configure(EntityTypeBuilder<SiteSequence> sequence)
    {
        sequence.ToTable("SiteSequences");
        sequence.HasKey(s => new { s.SiteId, s.Name });
        sequence.Property(s => s.Name).HasMaxLength(200);
    }
}
