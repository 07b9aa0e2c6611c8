-- How the shop's database is used today: the app and the analysts share one all-powerful
-- login. It works, and one SQL injection or one leaked password is the whole database.
-- TODO: least privilege (see the statement).
CREATE ROLE shop_app LOGIN SUPERUSER;
GRANT ALL ON ALL TABLES IN SCHEMA shop TO shop_app;
