using System.Text.Json;

namespace OrchardGov.Web.Tests.Apis;

public sealed class OpenApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_openapi_document_describes_every_admin_operation_with_its_summary()
    {
        var client = portal.CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = document.GetProperty("paths");
        var operations = paths.EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Method: op.Name, Operation: op.Value)))
            .Where(op => op.Path.StartsWith("/api/admin", StringComparison.Ordinal)).ToList();
        Assert.Contains(operations, op => op.Path == "/api/admin/{code}/catalog/submit" && op.Method == "post");
        Assert.Contains(operations, op => op.Path == "/api/admin/{code}/catalog/versions/{number}/approve" && op.Method == "post");
        Assert.Contains(operations, op => op.Path == "/api/admin/{code}/articles/{id}/publish" && op.Method == "post");
        Assert.Contains(operations, op => op.Path == "/api/admin/{code}/columns/{id}" && op.Method == "delete");
        Assert.All(operations, op => Assert.False(string.IsNullOrWhiteSpace(op.Operation.GetProperty("summary").GetString()), $"{op.Method} {op.Path} has no summary"));
    }

    [Fact]
    public async Task The_admin_api_refuses_anonymous_callers_with_401()
    {
        var client = portal.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/admin/431202001/catalog/");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
