from conftest import load


def test_sample_reads_the_environment(learner, env, values):
    env.set(DATABASE_URL=values["DATABASE_URL"], JWT_SIGNING_KEY=values["JWT_SIGNING_KEY"])
    settings = load(learner)
    assert learner.attribute(settings, "database_url") == values["DATABASE_URL"]
    assert learner.attribute(settings, "jwt_signing_key") == values["JWT_SIGNING_KEY"]
    assert learner.attribute(settings, "debug") is False, "DEBUG is not set: False"


def test_sample_missing_database_url_is_a_config_error(learner, env, values):
    env.set(JWT_SIGNING_KEY=values["JWT_SIGNING_KEY"])
    with learner.raises("ConfigError"):
        load(learner)
