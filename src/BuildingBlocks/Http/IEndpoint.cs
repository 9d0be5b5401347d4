using Microsoft.AspNetCore.Routing;

namespace EduRelief.BuildingBlocks.Http;

/// <summary>One feature's HTTP route(s). A module maps every implementation in its assembly under its base path.</summary>
public interface IEndpoint
{
    void Map(IEndpointRouteBuilder group);
}
