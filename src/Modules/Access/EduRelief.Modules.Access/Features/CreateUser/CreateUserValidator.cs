using System.Text.RegularExpressions;
using EduRelief.Modules.Access.Features.Shared;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Access.Features.CreateUser;

internal sealed partial class CreateUserValidator(IModuleDirectory modules) : IValidator<CreateUserCommand>
{
    public void Validate(CreateUserCommand request, ValidationErrors errors)
    {
        errors.Required("userName", request.UserName);
        if (request.UserName is { Length: > 0 } name && !UserNamePattern().IsMatch(name))
        {
            errors.Add("userName", new UserText("须为 3–64 个字母、数字或 . _ @ -", "must be 3–64 letters, digits or . _ @ -"));
        }

        errors.Required("password", request.Password);
        UserAccessRules.Check(request.Access, modules, errors);
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]{3,64}$")]
    private static partial Regex UserNamePattern();
}
