/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-74-6f","LVBbEoIwDLxLvzs7przE20jLwKgoKo6g493dBD6a7qbJZtOvm27u4AJ2PmBG6wWSGEqUjIWv+CDoUDMqqtDjhIjA8gaLL60x01rWBJ4MQtbwLiwbcYFEE6kYF5uAPa8cT4sd+3LIhEQg0d5CToEb7nhhJtV+ymTUZfuAmk5zM6Gm5EGg1oettFGh2oTWEQNaWknOc92unXquLA32xs+L/kDamGIRjCs5kxV0kLjsx8+QneVHpq9Y8SuaGgeejL+Pj6SJCBnd7w8=");
