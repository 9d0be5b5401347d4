using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Access.Domain;
using EduRelief.SharedKernel.Localization;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.Access.Features.RefreshToken;

/// <summary>Trades a refresh token for a new token pair, as long as the user still exists and is unchanged.</summary>
internal sealed class RefreshTokenEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/refresh", async Task<IResult> (RefreshRequest request, SignInManager<AccessUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time) =>
        {
            var ticket = string.IsNullOrEmpty(request.RefreshToken)
                ? null
                : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
            if (ticket?.Properties.ExpiresUtc is not { } expires
                || time.GetUtcNow() >= expires
                || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
            {
                return TypedResults.Problem(
                    title: new UserText("刷新令牌被拒绝", "Refresh refused"),
                    detail: new UserText("刷新令牌已失效，请重新登录。", "The refresh token is not valid any more; sign in again."),
                    statusCode: StatusCodes.Status401Unauthorized);
            }

            return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
        })
        .AllowAnonymous()
        .WithName("RefreshToken")
        .WithSummary("Exchange a refresh token for a new bearer token");
}
