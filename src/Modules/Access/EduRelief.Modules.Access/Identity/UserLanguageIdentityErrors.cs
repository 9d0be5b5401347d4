using EduRelief.SharedKernel.Localization;
using Microsoft.AspNetCore.Identity;

namespace EduRelief.Modules.Access.Identity;

/// <summary>
/// Identity's password and user-name refusals in the caller's language: Identity's own English, and the same in
/// Chinese. Each is built when Identity reports it, inside the request.
/// </summary>
internal sealed class UserLanguageIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Say(base.PasswordTooShort(length), $"密码至少需要 {length} 个字符");

    public override IdentityError PasswordRequiresDigit() => Say(base.PasswordRequiresDigit(), "密码须至少包含一个数字（0–9）");

    public override IdentityError PasswordRequiresLower() => Say(base.PasswordRequiresLower(), "密码须至少包含一个小写字母（a–z）");

    public override IdentityError PasswordRequiresUpper() => Say(base.PasswordRequiresUpper(), "密码须至少包含一个大写字母（A–Z）");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Say(base.PasswordRequiresNonAlphanumeric(), "密码须至少包含一个非字母数字字符");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Say(base.PasswordRequiresUniqueChars(uniqueChars), $"密码须至少包含 {uniqueChars} 个不同的字符");

    public override IdentityError DuplicateUserName(string userName) =>
        Say(base.DuplicateUserName(userName), $"用户名“{userName}”已被使用");

    public override IdentityError InvalidUserName(string? userName) =>
        Say(base.InvalidUserName(userName), $"用户名“{userName}”无效，只能包含字母或数字");

    public override IdentityError DefaultError() => Say(base.DefaultError(), "发生未知错误");

    private static IdentityError Say(IdentityError english, string chinese) =>
        new() { Code = english.Code, Description = new UserText(chinese, english.Description) };
}
