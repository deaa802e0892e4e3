app_name = "expenses"
urlpatterns: list = []
