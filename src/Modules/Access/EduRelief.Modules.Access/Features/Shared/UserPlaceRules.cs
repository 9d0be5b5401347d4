using EduRelief.BuildingBlocks.Messaging;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.Modules.Access.Features.Shared;

/// <summary>
/// A user's townships and schools name places the Registry holds. Asked in the handler, before anything is
/// written, because a validator cannot wait for the Registry.
/// </summary>
internal static class UserPlaceRules
{
    private static readonly string Registry = ModuleNames.Of(typeof(FindUnknownPlacesQuery))!;

    public static async Task CheckAsync(UserAccessInput access, IMediator mediator, IModuleDirectory modules, CancellationToken cancellationToken)
    {
        var townships = UserAccessInput.Stored(access.Townships);
        var schools = UserAccessInput.Stored(access.Schools);
        if (townships.Count == 0 && schools.Count == 0)
        {
            return;
        }

        var errors = new ValidationErrors();
        if (!modules.IsEnabled(Registry))
        {
            var offline = new UserText("学籍（Registry）模块已关闭，无法核对乡镇和学校代码", "the Registry is switched off, so township and school codes cannot be checked");
            AddIfAny(errors, "townships", townships, offline);
            AddIfAny(errors, "schools", schools, offline);
            errors.ThrowIfAny();
        }

        var unknown = await mediator.Send(new FindUnknownPlacesQuery(townships, schools), cancellationToken);
        if (unknown.TownshipCodes.Count > 0)
        {
            var codes = string.Join(", ", unknown.TownshipCodes);
            errors.Add("townships", new UserText($"没有这些乡镇：{codes}", $"no township has the code: {codes}"));
        }

        if (unknown.SchoolCodes.Count > 0)
        {
            var codes = string.Join(", ", unknown.SchoolCodes);
            errors.Add("schools", new UserText($"没有这些学校：{codes}", $"no school has the code: {codes}"));
        }

        errors.ThrowIfAny();
    }

    private static void AddIfAny(ValidationErrors errors, string field, List<string> codes, UserText message)
    {
        if (codes.Count > 0)
        {
            errors.Add(field, message);
        }
    }
}
