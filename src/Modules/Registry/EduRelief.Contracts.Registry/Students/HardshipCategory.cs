namespace EduRelief.Contracts.Registry;

/// <summary>A household hardship category: 建档立卡贫困户, 低保户, 特困供养, 残疾人家庭, 孤儿.</summary>
public enum HardshipCategory
{
    RegisteredPoorHousehold,
    SubsistenceAllowance,
    ExtremePoverty,
    DisabledHousehold,
    Orphan,
}
